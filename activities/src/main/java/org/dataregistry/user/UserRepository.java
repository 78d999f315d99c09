package org.dataregistry.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends ListCrudRepository<User, Long> {

    @Query("SELECT * FROM users WHERE lower(username) = lower(:username)")
    Optional<User> findByUsernameIgnoreCase(@Param("username") String username);

    @Query("SELECT * FROM users ORDER BY lower(username)")
    List<User> findAllByUsername();

    /**
     * Active superusers, locked for the rest of the transaction so that two admins demoting each other at the
     * same moment cannot both succeed and leave nobody in charge.
     */
    @Query("SELECT id FROM users WHERE superuser AND active ORDER BY id FOR UPDATE")
    List<Long> lockActiveSuperuserIds();

    /** Records a login without bumping the row's version (an open edit form stays valid). */
    @Modifying
    @Query("UPDATE users SET last_login = :at WHERE id = :id")
    void recordLogin(@Param("id") long id, @Param("at") Instant at);
}
