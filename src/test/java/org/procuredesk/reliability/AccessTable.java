package org.procuredesk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procuredesk.people.Role;

/**
 * The intended access table, one readable file under {@code src/test/resources/access/}: {@code #} starts a comment
 * (a line's or a line's end), every other line is {@code <what>,<who>}, where who is {@code anonymous} (everyone, signed in or not),
 * {@code signed-in} (every role), {@code signed-in !ROLE …} (every role but those), {@code nobody}, or the roles
 * allowed separated by spaces.
 */
final class AccessTable {

    private final Map<String, Set<Role>> rows;
    private final Set<String> anonymous;

    private AccessTable(Map<String, Set<Role>> rows, Set<String> anonymous) {
        this.rows = rows;
        this.anonymous = anonymous;
    }

    static AccessTable read(String file) {
        Map<String, Set<Role>> rows = new LinkedHashMap<>();
        Set<String> anonymous = new HashSet<>();
        for (String text : text(file).split("\n")) {
            String line = text.replaceAll("\\s+#.*", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            String what = line.substring(0, comma).trim();
            String who = line.substring(comma + 1).trim();
            if (rows.put(what, roles(who)) != null) {
                throw new IllegalStateException(file + " has two rows for " + what);
            }
            if ("anonymous".equals(who)) {
                anonymous.add(what);
            }
        }
        return new AccessTable(rows, anonymous);
    }

    Set<String> names() {
        return rows.keySet();
    }

    /** Whether the row admits the role, or the anonymous visitor when the role is empty; no row admits nobody. */
    boolean admits(String what, Optional<Role> role) {
        return role.map(rows.getOrDefault(what, Set.of())::contains).orElseGet(() -> anonymous.contains(what));
    }

    /** The file's line for what was observed: the roles admitted, in the table's words. */
    static String row(String what, Set<Role> admitted, boolean anonymousAdmitted) {
        if (anonymousAdmitted) {
            return what + ",anonymous";
        }
        if (admitted.isEmpty()) {
            return what + ",nobody";
        }
        Set<Role> refused = EnumSet.complementOf(EnumSet.copyOf(admitted));
        if (refused.isEmpty()) {
            return what + ",signed-in";
        }
        if (refused.size() <= 2) {
            return what + ",signed-in " + String.join(" ", refused.stream().map(role -> "!" + role).toList());
        }
        return what + "," + String.join(" ", admitted.stream().map(Role::name).toList());
    }

    private static Set<Role> roles(String who) {
        if ("anonymous".equals(who) || "signed-in".equals(who)) {
            return EnumSet.allOf(Role.class);
        }
        if ("nobody".equals(who)) {
            return EnumSet.noneOf(Role.class);
        }
        if (who.startsWith("signed-in ")) {
            Set<Role> roles = EnumSet.allOf(Role.class);
            Arrays.stream(who.substring("signed-in ".length()).split(" +"))
                    .forEach(refused -> roles.remove(Role.valueOf(refused.substring(1))));
            return roles;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(who.split(" +")).forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** A file under {@code src/test/resources/access/}. */
    static String text(String file) {
        try (InputStream in = AccessTable.class.getResourceAsStream("/access/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No access table src/test/resources/access/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
