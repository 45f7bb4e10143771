package org.procuredesk.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procuredesk.inventory.AssetMoves;
import org.procuredesk.inventory.Holder;
import org.procuredesk.inventory.HolderChoice;
import org.procuredesk.inventory.HolderKind;
import org.procuredesk.inventory.MoveOrder;
import org.procuredesk.inventory.MovementDocumentView;
import org.procuredesk.system.DomainException;
import org.procuredesk.ui.Find;

/** The move dialog's part only: it offers the receivers of the kind chosen, moves, and shows a refusal in itself. */
class MoveDialogTest {

    static final HolderChoice ANA = new HolderChoice(Holder.employee("ana.requester"), "Ana Popescu");

    private final AssetMoves moves = mock(AssetMoves.class);
    private final List<MovementDocumentView> moved = new ArrayList<>();
    /** Held here: Vaadin keeps the current UI only weakly. */
    private final UI ui = new UI();
    private MoveDialog dialog;

    @BeforeEach
    void openDialog() {
        UI.setCurrent(ui);
        when(moves.receivers(HolderKind.EMPLOYEE)).thenReturn(List.of(ANA));
        dialog = new MoveDialog(List.of(EquipmentViewTest.LAPTOP), moves, moved::add);
        ui.add(dialog);
        dialog.open();
    }

    @AfterEach
    void closeDialog() {
        UI.setCurrent(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void movesTheChosenAssetsToTheReceiverChosenAndHandsOnTheDocument() {
        MovementDocumentView document = mock(MovementDocumentView.class);
        when(moves.move(any())).thenReturn(document);

        Find.byId(dialog, "move-to-kind", ComboBox.class).setValue(HolderKind.EMPLOYEE);
        Find.byId(dialog, "move-receiver", ComboBox.class).setValue(ANA);
        Find.byId(dialog, "move-reason", TextArea.class).setValue("New starter");
        Find.byId(dialog, "move-confirm", Button.class).click();

        verify(moves).move(new MoveOrder(List.of("INV-2026-000001"), HolderKind.EMPLOYEE, "ana.requester",
                "New starter"));
        assertThat(moved).containsExactly(document);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedMovementIsShownInTheDialogWhichStaysOpen() {
        when(moves.move(any())).thenThrow(new DomainException("movement.severalHolders"));

        Find.byId(dialog, "move-to-kind", ComboBox.class).setValue(HolderKind.EMPLOYEE);
        Find.byId(dialog, "move-receiver", ComboBox.class).setValue(ANA);
        Find.byId(dialog, "move-confirm", Button.class).click();

        assertThat(Find.byId(dialog, "move-error", Span.class).getText()).isNotBlank();
        assertThat(moved).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }
}
