package org.procuredesk.stock;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import org.procuredesk.system.Change;
import org.procuredesk.system.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The consumables the IT warehouse keeps: kept by IT support, its head and the warehouse keeper; read also by the IT head and auditors. */
@Service
@Validated
@Transactional
public class ConsumableCatalogue {

    static final String KEEPERS = "hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'WAREHOUSE')";
    static final String READERS = "hasAnyRole('IT_SUPPORT', 'IT_SUPPORT_HEAD', 'WAREHOUSE', 'IT_HEAD', 'AUDITOR')";

    private final ConsumableItemRepository items;

    ConsumableCatalogue(ConsumableItemRepository items) {
        this.items = items;
    }

    @PreAuthorize(KEEPERS)
    public ConsumableSummary create(@Valid ConsumableForm form) {
        if (items.findBySku(form.sku()).isPresent()) {
            throw DomainException.ofField("sku", "consumable.skuTaken", form.sku());
        }
        try {
            return items.saveAndFlush(new ConsumableItem(form)).summary();
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw DomainException.ofField("sku", "consumable.skuTaken", form.sku());
        }
    }

    /**
     * Changes everything but the SKU, which the form must repeat, unless someone else changed the consumable since the
     * version the form was made to.
     */
    @PreAuthorize(KEEPERS)
    @Validated({Default.class, Change.class})
    public ConsumableSummary change(String sku, @Valid ConsumableForm form) {
        if (!form.sku().equals(sku)) {
            throw DomainException.ofField("sku", "consumable.skuFixed", sku);
        }
        ConsumableItem item = items.findBySku(sku)
                .orElseThrow(() -> new DomainException("consumable.notFound", sku));
        item.requireVersion(form.version());
        item.change(form);
        return items.saveAndFlush(item).summary();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ConsumableSummary one(String sku) {
        return items.findBySku(sku).map(ConsumableItem::summary)
                .orElseThrow(() -> new DomainException("consumable.notFound", sku));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ConsumableSummary> list() {
        return items.findAllByOrderBySku().stream().map(ConsumableItem::summary).toList();
    }
}
