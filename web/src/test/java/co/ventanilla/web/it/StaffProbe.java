package co.ventanilla.web.it;

import co.ventanilla.organization.Area;
import co.ventanilla.organization.AreaService;
import co.ventanilla.staff.NewStaffUser;
import co.ventanilla.staff.StaffDirectory;
import co.ventanilla.staff.StaffRole;
import jakarta.ejb.EJB;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test-only door to set up people quickly: areas with their leader and staff accounts, through the
 * real EJBs. The administration screens do the same for users; the suite drives them once in a
 * browser and uses this door for the rest. Never in the product.
 */
@Path("test-probe/staff")
@Produces(MediaType.TEXT_PLAIN)
public class StaffProbe {

  @EJB StaffDirectory directory;
  @EJB AreaService areas;
  @EJB co.ventanilla.organization.AgencyService agencies;

  /** Creates (once) the agency (sede) {@code name} in {@code city}. */
  @POST
  @Path("agency")
  public Response agency(@FormParam("name") String name, @FormParam("city") String city) {
    if (agencies.agencies().stream().noneMatch(a -> a.name().equals(name))) {
      agencies.create(name, city, "prueba");
    }
    return Response.ok(name).build();
  }

  @POST
  @Path("area")
  public Response area(@FormParam("name") String name, @FormParam("leader") String leader) {
    if (areas.areas().stream().noneMatch(a -> a.name().equals(name))) {
      areas.create(name, leader, leader + "@empresa.example");
    }
    return Response.ok(name).build();
  }

  @POST
  @Path("user")
  public Response user(
      @FormParam("user") String user,
      @FormParam("name") String name,
      @FormParam("roles") String roles,
      @FormParam("areas") String areaNames,
      @FormParam("password") String password,
      @FormParam("receivesProtected") boolean receivesProtected,
      @FormParam("mustChange") boolean mustChange) {
    if (directory.find(user).isPresent()) {
      return Response.ok(user).build();
    }
    Set<StaffRole> r =
        Arrays.stream(roles.split(","))
            .map(s -> StaffRole.parse(s).orElseThrow())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    Set<String> wanted =
        areaNames == null || areaNames.isBlank() ? Set.of() : Set.of(areaNames.split(","));
    Set<Long> ids =
        areas.areas().stream()
            .filter(a -> wanted.contains(a.name()))
            .map(Area::id)
            .collect(Collectors.toSet());
    directory.create(
        new NewStaffUser(
            user,
            name,
            user + "@empresa.example",
            r,
            ids,
            password.toCharArray(),
            mustChange,
            receivesProtected),
        "prueba");
    return Response.ok(user).build();
  }
}
