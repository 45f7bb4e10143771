package org.procuredesk.inventory;

import java.util.List;
import org.procuredesk.system.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The equipment the signed-in person holds, by inventory number. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MyEquipment {

    private final AssetRepository assets;
    private final RegisterViews views;

    MyEquipment(AssetRepository assets, RegisterViews views) {
        this.assets = assets;
        this.views = views;
    }

    public List<AssetSummary> page(int page, int pageSize) {
        return views.summaries(assets.findAll(AssetSpecifications.heldBy(me()),
                PageRequest.of(page, pageSize, Sort.by("inventoryNumber"))).getContent());
    }

    public long count() {
        return assets.count(AssetSpecifications.heldBy(me()));
    }

    private static Holder me() {
        return Holder.employee(CurrentUser.username());
    }
}
