package org.procuredesk.purchasing;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.inventory.StockNeed;
import org.procuredesk.people.PeopleDirectory;
import org.procuredesk.request.ApplicationToItProcess;
import org.procuredesk.request.RequestRecords;
import org.procuredesk.request.RequestView;
import org.springframework.stereotype.Component;

/**
 * Step 5, {@code ${checkStock}}: when the IT warehouse of the delivery branch holds everything the
 * approved application asks for, it is reserved for it and the application goes straight to its handover.
 * Anything short, and nothing is reserved: the application is bought whole. Run again for the same application
 * (a retried job), it finds what it reserved the first time.
 */
@Component("checkStock")
class CheckStockDelegate implements JavaDelegate {

    private final RequestRecords records;
    private final PeopleDirectory peopleDirectory;
    private final AssetRegister assetRegister;

    CheckStockDelegate(RequestRecords records, PeopleDirectory peopleDirectory, AssetRegister assetRegister) {
        this.records = records;
        this.peopleDirectory = peopleDirectory;
        this.assetRegister = assetRegister;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestView request = records.view((Long) execution.getVariable(ApplicationToItProcess.VAR_REQUEST_ID));
        List<StockNeed> needs = request.lines().stream()
                .map(line -> new StockNeed(line.category(), line.preferredModel(), line.quantity())).toList();
        boolean reserved = !assetRegister.reservedFor(request.id()).isEmpty()
                || peopleDirectory.warehouseOfBranch(request.deliveryBranchId())
                        .map(warehouse -> !assetRegister.reserveInStock(request.id(), warehouse, needs).isEmpty())
                        .orElse(false);
        execution.setVariable(ApplicationToItProcess.VAR_STOCK_RESERVED, reserved);
    }
}
