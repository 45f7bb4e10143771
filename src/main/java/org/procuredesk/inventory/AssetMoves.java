package org.procuredesk.inventory;

import jakarta.validation.Valid;
import java.util.List;
import org.procuredesk.system.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Assets moving between employees, warehouses and branches on a numbered movement document recorded by the
 * signed-in person: the warehouse keeper, who hands equipment out and takes it back, and IT support, who moves it
 * between people and branches. In the UI and over REST.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('IT_SUPPORT', 'WAREHOUSE')")
public class AssetMoves {

    private final AssetRegister register;
    private final Holders holders;

    AssetMoves(AssetRegister register, Holders holders) {
        this.register = register;
        this.holders = holders;
    }

    /** Refused, with nothing moved, for written-off or reserved assets, several holders, the same or an unknown receiver. */
    public MovementDocumentView move(@Valid MoveOrder order) {
        return register.move(order.inventoryNumbers(), new Holder(order.toKind(), order.toReference().strip()),
                order.reason(), CurrentUser.username());
    }

    /** Who of this kind may receive assets, by name. */
    @Transactional(readOnly = true)
    public List<HolderChoice> receivers(HolderKind kind) {
        return holders.choices(kind);
    }
}
