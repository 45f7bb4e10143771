package org.procuredesk.system;

/** Where the REST API lives; every endpoint is under {@link #ROOT}. */
public final class ApiPaths {

    public static final String ROOT = "/api/v1";
    public static final String OPENAPI = ROOT + "/openapi";
    public static final String ME = ROOT + "/me";
    public static final String PEOPLE = ROOT + "/people";
    public static final String DEPARTMENTS = ROOT + "/departments";
    public static final String BRANCHES = ROOT + "/branches";
    public static final String WAREHOUSES = ROOT + "/warehouses";
    public static final String REQUESTS = ROOT + "/requests";
    public static final String TASKS = ROOT + "/tasks";
    public static final String TASK_FILTERS = TASKS + "/filters";
    public static final String SUBSTITUTIONS = ROOT + "/substitutions";
    public static final String NOTIFICATIONS = ROOT + "/notifications";
    public static final String ASSETS = ROOT + "/assets";
    public static final String MOVEMENTS = ROOT + "/movements";
    public static final String BUDGETS = ROOT + "/budgets";
    public static final String CONSUMABLES = ROOT + "/consumables";
    public static final String STOCK = ROOT + "/stock";
    public static final String INVENTORY_COUNTS = ROOT + "/inventory-counts";
    public static final String LICENCES = ROOT + "/licences";
    public static final String REPLENISHMENTS = ROOT + "/replenishments";
    public static final String REPAIRS = ROOT + "/repairs";
    public static final String AUDIT = ROOT + "/audit";

    /** What only administrators may reach, refused before a request body is even read. */
    static final String[] ADMINISTRATION = {PEOPLE + "/**", DEPARTMENTS + "/**", BRANCHES + "/**",
            WAREHOUSES + "/**"};

    private ApiPaths() {
    }
}
