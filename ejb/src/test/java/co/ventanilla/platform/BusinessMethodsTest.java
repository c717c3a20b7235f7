package co.ventanilla.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A session bean is called through its container proxy, which offers only its public methods: a
 * package-private method called on an injected bean compiles, passes every test that builds the
 * services by hand, and fails in the server with "Not a business method" (the scheduled reports and
 * the retention approval did). This reads the sources: no class calls a non-public method of a bean
 * it had injected.
 */
class BusinessMethodsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern BEAN = Pattern.compile("(?m)^@(Stateless|Singleton)\\b");
  private static final Pattern METHOD =
      Pattern.compile(
          "(?m)^  ((?:public|protected|private|static|final|synchronized|abstract)\\s+)*"
              + "[\\w<>\\[\\], .?]+\\s(\\w+)\\(");

  @Test
  void noInjectedBeanIsCalledThroughAMethodTheContainerDoesNotOffer() throws IOException {
    Map<String, String> sources = new HashMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        sources.put(f.getFileName().toString().replace(".java", ""), Files.readString(f));
      }
    }
    Map<String, Set<String>> hidden = new HashMap<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      if (!BEAN.matcher(e.getValue()).find()) {
        continue;
      }
      Set<String> offered = new HashSet<>();
      Set<String> notOffered = new HashSet<>();
      Matcher m = METHOD.matcher(e.getValue());
      while (m.find()) {
        String modifiers = m.group(1) == null ? "" : m.group(0);
        boolean isPublic = modifiers.contains("public ");
        boolean isPrivateOrStatic = modifiers.contains("private ") || modifiers.contains("static ");
        if (isPublic) {
          offered.add(m.group(2));
        } else if (!isPrivateOrStatic) {
          notOffered.add(m.group(2));
        }
      }
      notOffered.removeAll(offered);
      notOffered.remove(e.getKey()); // constructors
      hidden.put(e.getKey(), notOffered);
    }
    assertTrue(hidden.size() > 20, "beans found: " + hidden.keySet());
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> caller : sources.entrySet()) {
      for (Map.Entry<String, Set<String>> bean : hidden.entrySet()) {
        if (bean.getKey().equals(caller.getKey())) {
          continue;
        }
        Matcher field =
            Pattern.compile("@(?:EJB|Inject)\\s+(?:transient\\s+)?" + bean.getKey() + "\\s+(\\w+)")
                .matcher(caller.getValue());
        while (field.find()) {
          for (String method : bean.getValue()) {
            if (Pattern.compile("\\b" + field.group(1) + "\\s*\\.\\s*" + method + "\\(")
                .matcher(caller.getValue())
                .find()) {
              wrong.add(caller.getKey() + " calls " + bean.getKey() + "." + method);
            }
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), "not business methods: " + wrong);
  }
}
