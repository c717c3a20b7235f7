/** JPA implementations of the case repository and of the radicado counter, for MariaDB. */
package co.ventanilla.cases.persistence;
