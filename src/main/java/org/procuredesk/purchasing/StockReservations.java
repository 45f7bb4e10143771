package org.procuredesk.purchasing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.procuredesk.inventory.AssetRegister;
import org.procuredesk.request.ApplicationToItProcess;
import org.springframework.stereotype.Component;

/** An application that ends without its handover gives back what was kept for it ({@code ${stockReservations}}). */
@Component("stockReservations")
public class StockReservations {

    private final AssetRegister assetRegister;

    StockReservations(AssetRegister assetRegister) {
        this.assetRegister = assetRegister;
    }

    public void release(DelegateExecution execution) {
        assetRegister.releaseReservations((Long) execution.getVariable(ApplicationToItProcess.VAR_REQUEST_ID));
    }
}
