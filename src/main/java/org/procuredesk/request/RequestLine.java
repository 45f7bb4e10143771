package org.procuredesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of an application: what, how many, at what estimated price. */
@Embeddable
public class RequestLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EquipmentCategory category;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "estimated_unit_price", nullable = false, precision = 15, scale = 2)
    private BigDecimal estimatedUnitPrice;

    @Column(name = "preferred_model", length = 200)
    private String preferredModel;

    protected RequestLine() {
    }

    RequestLine(EquipmentCategory category, String description, int quantity, BigDecimal estimatedUnitPrice,
                String preferredModel) {
        this.category = category;
        this.description = description;
        this.quantity = quantity;
        this.estimatedUnitPrice = estimatedUnitPrice;
        this.preferredModel = preferredModel;
    }

    public EquipmentCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getEstimatedUnitPrice() {
        return estimatedUnitPrice;
    }

    public String getPreferredModel() {
        return preferredModel;
    }

    public BigDecimal total() {
        return estimatedUnitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
