# A command node. Build context: the repository root, after ./mvnw -DskipTests package.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY command-side/target/smd-command-exec.jar /app/node.jar
RUN useradd --system --uid 10001 smd
USER 10001
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true"
EXPOSE 8081
ENTRYPOINT ["java", "-jar", "/app/node.jar"]
