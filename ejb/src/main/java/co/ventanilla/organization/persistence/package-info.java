/** JPA implementation of the organization repository, for MariaDB. */
package co.ventanilla.organization.persistence;
