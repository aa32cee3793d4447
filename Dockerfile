# syntax=docker/dockerfile:1
# Build on JDK 25; the committed Vaadin bundle means no Node is needed for an ordinary build.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/scenehub-*.jar /build/app.jar

# Run on a JRE 25 as a non-root user, with a CJK font for the PDF exports and a volume for data.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system scenehub && useradd --system --gid scenehub --home /app scenehub \
    && mkdir -p /app/data && chown -R scenehub:scenehub /app
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER scenehub
VOLUME ["/app/data"]
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
