package io.github.pfocr.maven;

import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.rules.RuleRegistry;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pfocr:rules lists the rule index that README and SARIF use. */
@MojoTest
class RulesMojoTest {

    private static List<String> run(RulesMojo mojo) {
        List<String> log = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        mojo.execute();
        return log;
    }

    @Test
    @InjectMojo(goal = "rules", pom = "src/test/resources/unit/check-pom.xml")
    void listsEveryRuleWithLevelAndDescription(RulesMojo mojo) {
        List<String> log = run(mojo);
        List<Rule> all = RuleRegistry.all();
        assertEquals("pfocr: " + all.size() + " rules (id, default level, what it checks):", log.get(0));
        assertEquals(all.size() + 1, log.size());
        for (int i = 0; i < all.size(); i++) {
            Rule r = all.get(i);
            String[] cols = log.get(i + 1).split("\\s{2,}", 3);
            assertEquals(r.id(), cols[0]);
            assertEquals(r.severity().label(), cols[1]);
            assertEquals(r.description(), cols[2]);
        }
    }

    @Test
    @InjectMojo(goal = "rules", pom = "src/test/resources/unit/check-pom.xml")
    @MojoParameter(name = "detail", value = "true")
    void detailAddsExamplesAndTheLink(RulesMojo mojo) {
        String all = String.join("\n", run(mojo));
        assertTrue(all.contains("    non-compliant: figlink: pmc/articles/PMC1/figure/F2\n"
                + "    https://github.com/pfocr/pfocr-maven-plugin#rule-figlink-format"), all);
    }

    @Test
    @InjectMojo(goal = "rules", pom = "src/test/resources/unit/check-pom.xml")
    @MojoParameter(name = "skipRules", value = "true")
    void skip(RulesMojo mojo) {
        assertEquals(List.of("pfocr: rules skipped"), run(mojo));
    }
}
