package org.w3id.registre.publish;

import java.util.List;

import org.w3id.registre.validate.Finding;

/**
 * The state of a site whose graph was not validated (e.g. an export without a report): the pages say
 * "validation non exécutée / not run" instead of claiming a result.
 */
public final class NotValidated implements ValidationFindings {

    @Override
    public List<Finding> findings() {
        return List.of();
    }

    @Override
    public boolean validated() {
        return false;
    }
}
