package co.ventanilla.staff;

import java.util.Set;

/**
 * An account to create.
 *
 * @param password the first password, or null for an account of an external identity provider
 * @param mustChangePassword whether the owner must choose a new password at the first login
 * @param receivesProtected whether the person is named on every new protected case
 */
public record NewStaffUser(
    String userName,
    String fullName,
    String email,
    Set<StaffRole> roles,
    Set<Long> areaIds,
    char[] password,
    boolean mustChangePassword,
    boolean receivesProtected) {}
