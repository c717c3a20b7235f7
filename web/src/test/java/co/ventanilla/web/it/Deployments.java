package co.ventanilla.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every application suite: the real ROOT.war, plus the test-only probes that
 * read back what was stored. Each suite class is one Payara Micro start.
 */
final class Deployments {

  private Deployments() {}

  static WebArchive product() {
    File war = new File(System.getProperty("ventanilla.war", "target/ROOT.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(CaseProbe.class, StaffProbe.class, PrivacyProbe.class);
  }
}
