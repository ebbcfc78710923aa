package org.creditcommitment.objection;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.objection.*}: the data provider's answer period
 * (2023年汕尾市社会信用体系建设工作要点（征求意见稿） (二): 2 working days) and the reminder before it; when the
 * reconciliation of marks asked for objections that were never filed runs (Quartz cron, Shanghai time); which
 * group answers objections to the records each unit supplied (汕府办函〔2021〕17号 (二十三): 信息提供和采集单位…核实处理),
 * by the unit's name as the record gives it.
 */
@ConfigurationProperties("cc.objection")
record ObjectionProperties(@DefaultValue("2WD") String answerPeriod, @DefaultValue("1WD") String answerReminder,
    @DefaultValue("0 */5 * * * ?") String markReconciliationCron,
    @DefaultValue Map<String, String> providerGroups) {}
