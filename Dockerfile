# syntax=docker/dockerfile:1
# ProcureDesk in a container: built with the Maven wrapper (frontend built for production, without
# Vaadin's development tools), run on a JRE as a non-root user with the mysql profile.
# docker-compose.yml beside this file runs it with MySQL 8.4.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
COPY bpmn/ bpmn/
# the Maven repository stays in a build cache between builds
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Pproduction -DskipTests package \
 && cp target/procuredesk-*.jar /workspace/procuredesk.jar

FROM eclipse-temurin:17-jre
# curl for the health check
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system procuredesk \
 && useradd --system --gid procuredesk --home-dir /app --shell /usr/sbin/nologin procuredesk
WORKDIR /app
COPY --from=build /workspace/procuredesk.jar /app/procuredesk.jar
USER procuredesk

# the connection comes from MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD (application-mysql.yml)
ENV SPRING_PROFILES_ACTIVE=mysql \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# the first start on an empty database creates the engine's schema: give it time
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD curl -fsS "http://localhost:${PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/procuredesk.jar"]
