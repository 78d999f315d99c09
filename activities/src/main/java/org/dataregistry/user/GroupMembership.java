package org.dataregistry.user;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A user's membership of a group (a row of {@code user_group}). */
@Table("user_group")
public record GroupMembership(@Column("group_name") Group group) {}
