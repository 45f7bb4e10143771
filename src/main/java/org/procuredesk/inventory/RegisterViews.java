package org.procuredesk.inventory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procuredesk.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/** The register's records as others read them: holders, and whoever recorded a movement, by their names. */
@Component
class RegisterViews {

    private final AssetRepository assets;
    private final Holders holders;
    private final PeopleDirectory people;

    RegisterViews(AssetRepository assets, Holders holders, PeopleDirectory people) {
        this.assets = assets;
        this.holders = holders;
        this.people = people;
    }

    List<AssetSummary> summaries(List<Asset> list) {
        Function<Holder, String> names = holders.names();
        return list.stream().map(asset -> asset.summary(names.apply(asset.holder()))).toList();
    }

    AssetSummary summary(Asset asset) {
        return asset.summary(holders.nameOf(asset.holder()));
    }

    List<MovementDocumentView> views(List<MovementDocument> documents) {
        Function<Holder, String> names = holders.names();
        return documents.stream().map(document -> view(document, names)).toList();
    }

    MovementDocumentView view(MovementDocument document) {
        return view(document, holders.names());
    }

    private MovementDocumentView view(MovementDocument document, Function<Holder, String> names) {
        Map<Long, Asset> moved = assets.findAllById(document.assetIds()).stream()
                .collect(Collectors.toMap(Asset::getId, Function.identity()));
        List<MovementLine> lines = document.assetIds().stream().map(moved::get).map(Asset::line).toList();
        return new MovementDocumentView(document.number(), document.date(), document.from(),
                names.apply(document.from()), document.to(), names.apply(document.to()), document.reason(),
                document.recordedBy(), people.nameOf(document.recordedBy()), document.recordedAt(), lines);
    }
}
