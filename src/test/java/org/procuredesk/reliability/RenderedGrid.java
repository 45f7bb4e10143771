package org.procuredesk.reliability;

import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The text Vaadin grids really render, column by column: each grid is scrolled row by row ({@code scrollToIndex})
 * until every row has been drawn once, and each cell's {@code textContent} is read as drawn.
 */
final class RenderedGrid {

    private static final String READ = """
            const [ids, rowsAtLeast, done] = arguments;
            const pause = () => new Promise((later) => setTimeout(later, 20));
            const frame = () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
            const read = async (grid) => {
              const columns = [...grid.querySelectorAll('vaadin-grid-column')];
              const texts = columns.map(() => new Map());
              const collect = () => {
                for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  const cell = content.assignedSlot && content.assignedSlot.parentElement;
                  const row = cell && cell.parentElement;
                  if (row && row.parentElement && row.parentElement.id === 'items' && !row.hidden
                      && !row.hasAttribute('loading') && row.index < grid.size && columns.includes(cell._column)) {
                    texts[columns.indexOf(cell._column)].set(row.index, content.textContent);
                  }
                }
              };
              let index = 0;
              let stalled = 0;
              while (index < grid.size && stalled < 200) {
                grid.scrollToIndex(index);
                await frame();
                collect();
                if (texts[0].has(index)) {
                  stalled = 0;
                  while (texts[0].has(index)) index++;
                } else {
                  stalled++;
                  await pause();
                }
              }
              return texts.map((column) => Array.from({ length: grid.size }, (_, row) => column.get(row) ?? null));
            };
            (async () => {
              const grids = [];
              for (const id of ids) {
                let grid = document.getElementById(id);
                for (let tries = 0; tries < 1500 && !(grid && grid.size >= rowsAtLeast); tries++) {
                  await pause();
                  grid = document.getElementById(id);
                }
                if (!(grid && grid.size >= rowsAtLeast)) {
                  return done('grid ' + id + ' never had ' + rowsAtLeast + ' rows');
                }
                grids.push(await read(grid));
              }
              done(grids);
            })().catch((failure) => done(String(failure)));
            """;

    private final List<List<String>> columns;

    private RenderedGrid(List<List<String>> columns) {
        this.columns = columns;
    }

    /** Reads the grid once at least {@code rowsAtLeast} rows of it have arrived. */
    static RenderedGrid read(ChromeDriver browser, String gridId, int rowsAtLeast) {
        return read(browser, rowsAtLeast, gridId).get(0);
    }

    /** Reads the grids, in one visit of the browser, once at least {@code rowsAtLeast} rows of each have arrived. */
    @SuppressWarnings("unchecked")
    static List<RenderedGrid> read(ChromeDriver browser, int rowsAtLeast, String... gridIds) {
        Object read = browser.executeAsyncScript(READ, List.of(gridIds), rowsAtLeast);
        if (read instanceof String failure) {
            throw new AssertionError("reading " + String.join(", ", gridIds) + " failed: " + failure);
        }
        return ((List<List<List<String>>>) read).stream().map(RenderedGrid::new).toList();
    }

    /** The texts of one column, a row each (none for a row never drawn), in the grid's order. */
    List<String> column(int index) {
        return columns.get(index);
    }
}
