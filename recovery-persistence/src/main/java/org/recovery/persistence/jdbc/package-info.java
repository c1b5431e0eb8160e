/**
 * The JDBC event store, one implementation with a SQLite and a PostgreSQL dialect, its key vault
 * and its schema migrations. Internal to recovery-persistence; reach it through {@link
 * org.recovery.persistence.Stores}.
 */
package org.recovery.persistence.jdbc;
