package watch.safeguarding.events;

import java.time.LocalDate;

/**
 * An Ofsted inspection as its report states it; any field may be null when the report does not print it.
 *
 * @param framework {@code sif} (2013-2017), {@code ilacs} (2018 on), {@code lac} (2013 looked-after children's
 *                  services) or {@code safeguarding_lac} (2009-2012); {@code monitoring_visit} or {@code focused_visit}
 *                  for a visit letter, which grades nothing
 */
public record Inspection(String framework, LocalDate start, LocalDate end, LocalDate published) {
}
