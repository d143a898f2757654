package se.pollinator.axon;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Every read model's processor is set up alike without being named in application.yml: a tracking
 * processor (woken at once by the embedded event store, so pushes are immediate) of one thread and
 * segment taking up to 100 events per transaction, with a dead-letter queue (and its cache) so
 * that one failed event parks its own sequence rather than stopping the read model. A processing
 * group named in application.yml keeps what is said there (the boards' batches of 1,000), and is
 * still tracking with its dead-letter queue. A new kind's read model needs no line of
 * configuration.
 */
@Component
class ProcessorDefaults implements BeanPostProcessor, BeanFactoryAware {

    private ListableBeanFactory beans;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beans = (ListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof EventProcessorProperties properties) {
            Map<String, EventProcessorProperties.ProcessorSettings> processors = properties.getProcessors();
            for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
                ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
                if (group != null) {
                    processors.computeIfAbsent(group.value(), ProcessorDefaults::defaults);
                }
            }
            processors.values().forEach(ProcessorDefaults::trackedWithDeadLetters);
        }
        return bean;
    }

    private static EventProcessorProperties.ProcessorSettings defaults(String group) {
        EventProcessorProperties.ProcessorSettings settings = new EventProcessorProperties.ProcessorSettings();
        settings.setThreadCount(1);
        settings.setInitialSegmentCount(1);
        settings.setBatchSize(100);
        return settings;
    }

    private static void trackedWithDeadLetters(EventProcessorProperties.ProcessorSettings settings) {
        settings.setMode(EventProcessorProperties.Mode.TRACKING);
        settings.getDlq().setEnabled(true);
        settings.getDlq().getCache().setEnabled(true);
    }
}
