package bench.bare;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bare application benchmark B6 ({@code system.StartAndMemoryBenchmarkIT}) sets beside ProcureDesk: Spring Boot,
 * the embedded Camunda engine with full history and no models, Vaadin with one view ({@link ItemsView}) and Spring
 * Security's form login, nothing of ProcureDesk. It reads {@code bare-application.yml}, not ProcureDesk's
 * {@code application.yml} that shares its classpath, and Vaadin scans only this package. Run from the test
 * classpath: {@code java -cp <test classpath> bench.bare.BareApplication --spring.datasource.url=...}.
 */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", "bare-application"));
        application.run(args);
    }
}
