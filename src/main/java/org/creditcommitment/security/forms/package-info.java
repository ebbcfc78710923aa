/**
 * The engine guard's form checking, internal to {@code security}: a task accepts exactly its Camunda Form's editable
 * fields, and Tasklist's form variables get the read-only values the modules supply. Modules take part only through
 * {@link org.creditcommitment.security.TaskFormContext}; nothing here is for them to call.
 */
package org.creditcommitment.security.forms;
