package org.creditcommitment.security;

import java.sql.Connection;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Before every authorized query the engine asks which groups hold any authorization at all ({@code Authorization.xml}:
 * {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}), to drop the user's other groups from the check.
 * The table holds one grant per open task and candidate group, so at 100,000 open tasks that DISTINCT reads the
 * whole table, 19 ms, three times for one Tasklist page. On PostgreSQL, once {@link TasklistQueryPlans} has seen the
 * engine's index on the group column ({@code ACT_IDX_AUTH_GROUP_ID}) valid, the same set is read by stepping from one
 * group to the next on that index (a loose index scan: one probe per distinct group, a few dozen). Both return the same groups; the engine drops the null of
 * user grants either way.
 */
@Component
class AuthorizedGroupIds extends AbstractProcessEnginePlugin {

  static final String ENGINE_SQL = "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A";
  static final String BY_INDEX = "WITH RECURSIVE g (id) AS (SELECT min(group_id_) FROM act_ru_authorization"
      + " UNION ALL SELECT (SELECT min(a.group_id_) FROM act_ru_authorization a WHERE a.group_id_ > g.id) FROM g"
      + " WHERE g.id IS NOT NULL) SELECT id FROM g WHERE id IS NOT NULL";

  /** Set once the index the loose scan needs is there; until then the engine's own statement runs. */
  private volatile boolean indexed;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new ByIndex());
    }
  }

  void indexReady() {
    indexed = true;
  }

  boolean indexed() {
    return indexed;
  }

  /** The engine's statement, whitespace as the mapping leaves it, rewritten when the index is there. */
  static String rewrite(String sql) {
    return ENGINE_SQL.equals(sql.trim().replaceAll("\\s+", " ")) ? BY_INDEX : sql;
  }

  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  final class ByIndex implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      if (indexed) {
        BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
        String sql = bound.getSql();
        if (sql.contains("distinct(A.GROUP_ID_)")) {
          String rewritten = rewrite(sql);
          if (!rewritten.equals(sql)) {
            SystemMetaObject.forObject(bound).setValue("sql", rewritten);
          }
        }
      }
      return invocation.proceed();
    }
  }
}
