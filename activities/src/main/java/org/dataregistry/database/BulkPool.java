package org.dataregistry.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The connection pool of bulk work (processing, pulling: the bulk queue's activities that hold a connection for
 * minutes or hours), separate from the pool the UI, the public site and the bookkeeping use, so that they never wait
 * for a connection behind a compile. Qualifies a {@code DataSource} or {@code JdbcClient}; unqualified injection
 * gets the main pool.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface BulkPool {
}
