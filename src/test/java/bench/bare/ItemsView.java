package bench.bare;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import java.util.stream.IntStream;

/** The bare application's only view: a heading and a small grid of ten rows. */
@Route("")
public class ItemsView extends VerticalLayout {

    public ItemsView() {
        Grid<Item> grid = new Grid<>();
        grid.addColumn(Item::name).setHeader("Item");
        grid.addColumn(Item::quantity).setHeader("Quantity");
        grid.setItems(IntStream.rangeClosed(1, 10).mapToObj(i -> new Item("Item " + i, i)).toList());
        add(new H2("Items"), grid);
    }

    record Item(String name, int quantity) {
    }
}
