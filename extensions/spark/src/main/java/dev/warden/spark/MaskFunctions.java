package dev.warden.spark;

import dev.warden.ConfigurationException;
import dev.warden.core.job.CompiledPlan;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;

/**
 * The Spark SQL functions {@code warden_mask(value, 'table.column')} and
 * {@code warden_mask_for(value, 'table.column', entity)}: one column's transformation from a job spec, compiled as the
 * job compiles it (same key derivation, same consistency domain), so a value masked in a user's own query equals the
 * job's output for that column, and joins with it. {@code warden_mask_for} is for transformations that need the row's
 * entity key (date shifts per entity); {@code warden_mask} refuses those. A foreign key column names its parent's
 * transformation. Only the recipe travels; the key is resolved on each executor.
 */
final class MaskFunctions {

    private static final ThreadLocal<Map<String, Target>> TARGETS = ThreadLocal.withInitial(HashMap::new);

    private MaskFunctions() {
    }

    private record Target(CompiledPlan.Table table, int column) {
    }

    static String mask(PlanRecipe recipe, String value, String column, String entity, boolean entityGiven) {
        if (column == null) {
            throw new ConfigurationException("warden_mask: the column is null; give 'table.column' of the job spec");
        }
        Map<String, Target> targets = TARGETS.get();
        String id = recipe.id + "\u0000" + column;
        Target target = targets.get(id);
        if (target == null) {
            if (targets.size() > 256) {
                targets.clear();
            }
            target = resolve(ExecutorPlans.plan(recipe), column);
            targets.put(id, target);
        }
        if (target.table().needsEntity(target.column()) && !entityGiven) {
            throw new ConfigurationException("warden_mask: " + column + " shifts dates per entity; call "
                    + "warden_mask_for(value, '" + column + "', entity_key)");
        }
        return target.table().transform(target.column(), value == null || value.isEmpty() ? null : value, entity);
    }

    private static Target resolve(CompiledPlan plan, String column) {
        int dot = column.indexOf('.');
        if (dot <= 0 || dot == column.length() - 1) {
            throw new ConfigurationException("warden_mask: '" + column + "' is not 'table.column'");
        }
        CompiledPlan.Table table = plan.table(column.substring(0, dot));
        int o = table.outputIndex(column.substring(dot + 1));
        if (o < 0) {
            throw new ConfigurationException("warden_mask: " + column + " is dropped by the job spec or not in it");
        }
        return new Target(table, o);
    }

    /** {@code warden_mask(value, 'table.column')}. */
    static final class Mask implements UDF2<String, String, String> {
        private static final long serialVersionUID = 1L;
        private final PlanRecipe recipe;

        Mask(PlanRecipe recipe) {
            this.recipe = recipe;
        }

        @Override
        public String call(String value, String column) {
            return mask(recipe, value, column, null, false);
        }
    }

    /** {@code warden_mask_for(value, 'table.column', entity)}. */
    static final class MaskFor implements UDF3<String, String, String, String> {
        private static final long serialVersionUID = 1L;
        private final PlanRecipe recipe;

        MaskFor(PlanRecipe recipe) {
            this.recipe = recipe;
        }

        @Override
        public String call(String value, String column, String entity) {
            return mask(recipe, value, column, entity, true);
        }
    }
}
