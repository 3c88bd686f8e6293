// Prints the catalogue mix for a load test, one request a line: "ACCEPT<TAB>/registre/sparql?query=…" — every
// question of queries/ with its example parameters, as bench/serve/LoadDriver sends them.
// Run from the project root on the registre jar's classpath:
//   java -cp target/registre.jar deploy/CatalogueMix.java > mix.tsv
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.w3id.registre.query.CatalogueQuery;
import org.w3id.registre.query.QueryCatalogue;

public class CatalogueMix {
    public static void main(String[] args) {
        for (CatalogueQuery q : QueryCatalogue.bundled().queries()) {
            boolean graph = q.query().isConstructType() || q.query().isDescribeType();
            System.out.println((graph ? "text/turtle" : "application/sparql-results+json") + "\t/registre/sparql?query="
                    + URLEncoder.encode(q.exampleText(), StandardCharsets.UTF_8));
        }
    }
}
