# Multi-stage build: the Spring Boot jar in production mode, then a small runtime image.
# The portal has no frontend of its own to compile: Vaadin's pre-compiled bundle serves, so the build needs no Node.js
# (decision 0002). .ci/production-check builds and starts exactly this jar against a real MariaDB in CI.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml ./
# javac's internals opened to Error Prone, which checks nulls in the main compile (decision 0053)
RUN mvn -B -q -Pproduction dependency:go-offline || true
COPY src ./src
COPY frontend ./frontend
RUN mvn -B -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
# Evidence packs embed fonts for every script residents write, found under /usr/share/fonts (decision 0034).
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        fonts-noto-core fonts-droid-fallback fonts-symbola \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system portal && useradd --system --gid portal --uid 10001 --home-dir /app portal
WORKDIR /app
COPY --from=build /build/target/coproduction-portal-*.jar /app/portal.jar
USER portal
ENV SPRING_PROFILES_ACTIVE=prod
# Set DATABASE_URL, DATABASE_USERNAME and DATABASE_PASSWORD at run time (see README).
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
