package io.github.pfocr.build;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.pfocr.testing.Dom.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pom carries what Maven Central requires and a release profile that builds, signs and publishes; every plugin
 * is pinned; the README's pom snippets name this version of the plugin.
 */
class ReleaseReadinessTest {

    private static Document pom() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new File("pom.xml"));
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0).getTextContent().trim();
    }

    private static String key(Element plugin) {
        String group = text(plugin, "groupId");
        return (group == null ? "org.apache.maven.plugins" : group) + ":" + text(plugin, "artifactId");
    }

    @Test
    void centralMetadataAndAReleaseProfile() throws Exception {
        Element project = pom().getDocumentElement();
        assertTrue(text(project, "url").startsWith("https://"), "url");
        for (String required : List.of("name", "description", "licenses", "developers", "scm")) {
            assertFalse(children(project, required).isEmpty(), required);
        }
        Element scm = children(project, "scm").get(0);
        assertEquals(text(project, "url"), text(scm, "url"));
        Element license = children(children(project, "licenses").get(0), "license").get(0);
        assertTrue(text(license, "url").startsWith("https://"), "license url");

        Set<String> releasePlugins = new HashSet<>();
        for (Element profile : children(children(project, "profiles").get(0), "profile")) {
            if ("release".equals(text(profile, "id"))) {
                Element plugins = children(children(profile, "build").get(0), "plugins").get(0);
                children(plugins, "plugin").forEach(p -> releasePlugins.add(key(p)));
            }
        }
        assertEquals(Set.of("org.apache.maven.plugins:maven-source-plugin",
                "org.apache.maven.plugins:maven-javadoc-plugin", "org.apache.maven.plugins:maven-gpg-plugin",
                "org.sonatype.central:central-publishing-maven-plugin"), releasePlugins);
    }

    @Test
    void everyPluginIsPinnedInPluginManagement() throws Exception {
        Document pom = pom();
        Set<String> pinned = new HashSet<>();
        NodeList managed = ((Element) pom.getElementsByTagName("pluginManagement").item(0))
                .getElementsByTagName("plugin");
        for (int i = 0; i < managed.getLength(); i++) {
            Element p = (Element) managed.item(i);
            assertTrue(text(p, "version") != null && !text(p, "version").isEmpty(), key(p));
            pinned.add(key(p));
        }
        NodeList used = pom.getElementsByTagName("plugin");
        for (int i = 0; i < used.getLength(); i++) {
            Element p = (Element) used.item(i);
            Node parent = p.getParentNode().getParentNode();
            if (!"pluginManagement".equals(parent.getNodeName())) {
                assertTrue(pinned.contains(key(p)), key(p) + " is not pinned in pluginManagement");
            }
        }
    }

    @Test
    void readmeSnippetsNameThisVersion() throws Exception {
        String version = text(pom().getDocumentElement(), "version");
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("<artifactId>pfocr-maven-plugin</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(readme);
        int snippets = 0;
        while (m.find()) {
            assertEquals(version, m.group(1));
            snippets++;
        }
        assertTrue(snippets >= 2, "the data repository's pom and the reporting section");
        assertTrue(readme.contains("mvn -B -f pfocr-maven-plugin/pom.xml install -DskipTests -Dinvoker.skip"),
                "how to get the plugin today");
    }
}
