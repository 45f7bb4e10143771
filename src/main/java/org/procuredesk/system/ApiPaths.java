package org.procuredesk.system;

/** Where the REST API lives; every endpoint is under {@link #ROOT}. */
public final class ApiPaths {

    public static final String ROOT = "/api/v1";
    public static final String OPENAPI = ROOT + "/openapi";

    private ApiPaths() {
    }
}
