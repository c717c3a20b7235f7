package co.ventanilla.web.admin;

import co.ventanilla.organization.Area;
import co.ventanilla.staff.StaffRole;
import co.ventanilla.staff.StaffUser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the account dialog of {@link UsersView} edits: roles as the names of {@link StaffRole}
 * constants and areas by name, as the check boxes and the menu send them. The user name is given
 * only when creating, and the password only then (afterwards an administrator sets a temporary
 * one).
 */
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean creating;
  private String userName;
  private String fullName;
  private String email;
  private List<String> roles = new ArrayList<>();
  private List<String> areas = new ArrayList<>();
  private String password;
  private boolean mustChange;
  private boolean receivesProtected;
  private boolean active;

  void clear() {
    creating = true;
    userName = null;
    fullName = null;
    email = null;
    roles = new ArrayList<>();
    areas = new ArrayList<>();
    password = null;
    mustChange = true;
    receivesProtected = false;
    active = true;
  }

  void fill(StaffUser user) {
    creating = false;
    userName = user.userName();
    fullName = user.fullName();
    email = user.email();
    roles = new ArrayList<>(user.roles().stream().sorted().map(StaffRole::name).toList());
    areas = new ArrayList<>(new TreeSet<>(user.areas().stream().map(Area::name).toList()));
    password = null;
    mustChange = user.mustChangePassword();
    receivesProtected = user.receivesProtected();
    active = user.active();
  }

  void forgetPassword() {
    password = null;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isMustChange() {
    return mustChange;
  }

  public void setMustChange(boolean mustChange) {
    this.mustChange = mustChange;
  }

  public boolean isReceivesProtected() {
    return receivesProtected;
  }

  public void setReceivesProtected(boolean receivesProtected) {
    this.receivesProtected = receivesProtected;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
