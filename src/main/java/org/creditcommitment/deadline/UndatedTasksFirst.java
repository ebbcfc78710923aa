package org.creditcommitment.deadline;

import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A task without a due date sorts before the dated ones when tasks are sorted by due date (Tasklist's default order,
 * most urgent first), on every database. A task has no due date when no period runs for it yet, such as a new
 * application the clerk is to notify: it needs the official now, not after every task due months ahead. The engine
 * leaves the place of "no date" to the database (H2 first, PostgreSQL last); this states it:
 * {@code NULLS FIRST} ascending, {@code NULLS LAST} descending (both databases accept it).
 */
@Component
class UndatedTasksFirst extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new DueDateOrder());
  }

  /** The task queries' ORDER BY on the due date, as the engine writes it (MybatisJoinHelper: "RES.DUE_DATE_ asc"). */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class DueDateOrder implements Interceptor {

    private static final Pattern BY_DUE_DATE =
        Pattern.compile("\\bRES\\.DUE_DATE_ (asc|desc)\\b(?!\\s+NULLS)", Pattern.CASE_INSENSITIVE);

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
      String sql = bound.getSql();
      if (sql.contains("DUE_DATE_ ")) {
        String ordered = undatedFirst(sql);
        if (!ordered.equals(sql)) {
          SystemMetaObject.forObject(bound).setValue("sql", ordered);
        }
      }
      return invocation.proceed();
    }

    static String undatedFirst(String sql) {
      Matcher order = BY_DUE_DATE.matcher(sql);
      StringBuilder result = new StringBuilder();
      while (order.find()) {
        String nulls = order.group(1).equalsIgnoreCase("asc") ? " NULLS FIRST" : " NULLS LAST";
        order.appendReplacement(result, Matcher.quoteReplacement(order.group() + nulls));
      }
      order.appendTail(result);
      return result.toString();
    }
  }
}
