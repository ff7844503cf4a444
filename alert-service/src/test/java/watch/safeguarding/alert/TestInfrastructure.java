package watch.safeguarding.alert;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import watch.safeguarding.testsupport.KafkaResource;
import watch.safeguarding.testsupport.PostgresResource;
import watch.safeguarding.testsupport.SmtpResource;

/** The real infrastructure every test of this module runs against, started once for all of them. */
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "name", value = "alert"), restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SmtpResource.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
