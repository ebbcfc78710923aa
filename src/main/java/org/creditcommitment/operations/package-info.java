/**
 * What operators read about the running system: its status (database, history level, demo mode, clustering) and
 * the API description. Above {@code security} and {@code system}, which it uses; nothing depends on it.
 */
package org.creditcommitment.operations;
