package org.procuredesk.inventory;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The register's searches as queries. */
final class AssetSpecifications {

    /** Escapes the wildcards of LIKE; not a backslash, which MySQL reads as an escape in the query text too. */
    private static final char ESCAPE = '!';

    private AssetSpecifications() {
    }

    static Specification<Asset> matching(AssetFilter filter) {
        return (asset, query, builder) -> {
            List<Predicate> all = new ArrayList<>();
            String text = Text.orNull(filter.text());
            if (text != null) {
                String pattern = containing(text);
                all.add(builder.or(contains(builder, asset.get("inventoryNumber"), pattern),
                        contains(builder, asset.get("serialNumber"), pattern),
                        contains(builder, asset.get("model"), pattern)));
            }
            if (filter.status() != null) {
                all.add(builder.equal(asset.get("status"), filter.status()));
            }
            if (filter.category() != null) {
                all.add(builder.equal(asset.get("category"), filter.category()));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }

    /** What the holder has and has not written off. */
    static Specification<Asset> heldBy(Holder holder) {
        return (asset, query, builder) -> builder.and(builder.equal(asset.get("holderKind"), holder.kind()),
                builder.equal(asset.get("holderReference"), holder.reference()),
                builder.notEqual(asset.get("status"), AssetStatus.WRITTEN_OFF));
    }

    static Specification<Asset> notWrittenOff() {
        return (asset, query, builder) -> builder.notEqual(asset.get("status"), AssetStatus.WRITTEN_OFF);
    }

    /**
     * Assets not written off whose warranty ends between the two days, both included: the later of the vendor's
     * warranty and an extension bought for it.
     */
    static Specification<Asset> warrantyEndingBetween(LocalDate from, LocalDate to) {
        return notWrittenOff().and((asset, query, builder) -> {
            Expression<LocalDate> vendor = asset.get("warrantyUntil");
            Expression<LocalDate> extended = asset.get("extendedWarrantyUntil");
            return builder.or(
                    builder.and(builder.isNull(extended), builder.between(vendor, from, to)),
                    builder.and(builder.isNotNull(extended),
                            builder.or(builder.isNull(vendor), builder.greaterThanOrEqualTo(extended, vendor)),
                            builder.between(extended, from, to)),
                    builder.and(builder.isNotNull(extended), builder.greaterThan(vendor, extended),
                            builder.between(vendor, from, to)));
        });
    }

    /** Assets with this inventory number and serial number, each when given, case and spaces aside. */
    static Specification<Asset> numbered(String inventoryNumber, String serialNumber) {
        return (asset, query, builder) -> builder.and(
                equalIgnoringCase(builder, asset, "inventoryNumber", inventoryNumber),
                equalIgnoringCase(builder, asset, "serialNumber", serialNumber));
    }

    private static Predicate equalIgnoringCase(CriteriaBuilder builder, Root<Asset> asset, String attribute,
                                               String value) {
        return Text.orNull(value) == null ? builder.conjunction()
                : builder.equal(builder.lower(asset.get(attribute)), Text.normalized(value));
    }

    private static String containing(String text) {
        String escaped = Text.normalized(text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static Predicate contains(CriteriaBuilder builder, Expression<String> attribute, String pattern) {
        return builder.like(builder.lower(attribute), pattern, ESCAPE);
    }
}
