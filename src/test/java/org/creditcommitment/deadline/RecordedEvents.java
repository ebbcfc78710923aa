package org.creditcommitment.deadline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Records the application events published while a test runs, without a test bean (which would
 * change the shared context). Close it to stop recording.
 */
final class RecordedEvents implements AutoCloseable {

  private final List<Object> events = new CopyOnWriteArrayList<>();
  private final ApplicationEventMulticaster multicaster;
  private final ApplicationListener<ApplicationEvent> listener = event -> {
    if (event instanceof PayloadApplicationEvent<?> payload) {
      events.add(payload.getPayload());
    }
  };

  RecordedEvents(ApplicationContext context) {
    this.multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
        ApplicationEventMulticaster.class);
    multicaster.addApplicationListener(listener);
  }

  <T> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public void close() {
    multicaster.removeApplicationListener(listener);
  }
}
