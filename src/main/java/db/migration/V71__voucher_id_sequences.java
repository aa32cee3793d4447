package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequence ids (allocated 50 at a time) for vouchers, transfers and history rows, so that a claim
 * batch's inserts go to the database as JDBC batches (ADR 0008). Java, not SQL, because each
 * sequence must start above the table's current ids and H2 and PostgreSQL set that differently; the
 * start leaves a gap of one allocation so that either optimiser's first block is free. The identity
 * defaults stay on the columns but are no longer used by the application.
 */
public class V71__voucher_id_sequences extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : List.of("voucher", "ledger_transfer", "voucher_history")) {
                long max;
                try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                statement.execute("create sequence " + table + "_seq start with " + (max + 51) + " increment by 50");
            }
        }
    }
}
