package care.smd.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.FixedClock;
import care.smd.standalone.support.Forms;

/**
 * The supervisor dashboard in a real headless browser (Debian's Chromium, installed by
 * .ci/run): a supervisor logs in, picks a district and a year, and every number the page
 * shows equals the API's; the ranking follows the breakdown; the page speaks English on
 * request. Writes target/dashboard.png.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(FixedClock.class)
class DashboardBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Databases.h2(registry);
	}

	@BeforeEach
	void openBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (System.getenv("CI") != null) {
			assertThat(installed).as(".ci/run installs chromium and chromium-driver").isTrue();
		}
		Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed here");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,1800",
					"--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aSupervisorSeesTheApisNumbers() throws IOException {
		Api api = new Api(this.port);
		Answer last = null;
		for (int n = 9501; n <= 9504; n++) {
			String community = n % 2 == 0 ? "310105002001" : "310105005001";
			String id = api
				.post("doctor", "/api/patients", Forms.registration(n, community, "F20", LocalDate.of(2025, 1, 2)))
				.text("id");
			for (int month = 2; month <= 11; month += 3 * (n - 9500)) {
				last = api.post("doctor", "/api/patients/" + id + "/follow-ups",
						Forms.visit(LocalDate.of(2025, month, 10), "HOME_VISIT", 1, "REGULAR", "NONE"));
			}
		}
		JsonNode report = api.getAfter(last, "supervisor", "/api/indicators?jurisdiction=310105&period=2025").body();

		this.browser.get("http://localhost:" + this.port + "/dashboard/index.html");
		this.browser.findElement(By.id("user")).sendKeys("supervisor");
		this.browser.findElement(By.id("password")).sendKeys("supervisor");
		this.browser.findElement(By.id("signIn")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		wait.until((b) -> b.findElement(By.id("board")).isDisplayed()
				&& b.findElement(By.id("board")).getDomAttribute("data-loaded") != null);
		for (String code : List.of("3101", "310105")) {
			new Select(this.browser.findElement(By.id("jurisdiction"))).selectByValue(code);
			wait.until((b) -> code.equals(b.findElement(By.id("jurisdiction")).getDomAttribute("data-level")));
		}
		WebElement period = this.browser.findElement(By.id("period"));
		period.clear();
		period.sendKeys("2025");
		this.browser.findElement(By.id("show")).click();
		wait.until((b) -> "310105|2025".equals(b.findElement(By.id("board")).getDomAttribute("data-loaded")));

		Map<String, String[]> shown = new HashMap<>();
		for (WebElement row : this.browser.findElements(By.cssSelector("#indicators tbody tr"))) {
			shown.put(row.getDomAttribute("data-code"),
					new String[] { row.findElement(By.className("numerator")).getText(),
							row.findElement(By.className("denominator")).getText() });
		}
		assertThat(shown).hasSize(report.path("indicators").size());
		for (JsonNode indicator : report.path("indicators")) {
			String code = indicator.path("code").asText();
			assertThat(shown.get(code)[0]).as(code).isEqualTo(indicator.path("numerator").asText());
			assertThat(shown.get(code)[1]).as(code)
				.isEqualTo(indicator.path("denominator").isNumber() ? indicator.path("denominator").asText() : "–");
		}
		assertThat(shown.get("registered")[0]).isEqualTo("4");

		JsonNode breakdown = api
			.get("supervisor", "/api/indicators/breakdown?jurisdiction=310105&period=2025&indicator=standardManagement")
			.body();
		List<String> expectedOrder = new ArrayList<>();
		breakdown.path("children").forEach((child) -> expectedOrder.add(child.path("jurisdiction").asText()));
		List<String> shownOrder = this.browser.findElements(By.cssSelector("#ranking tbody tr"))
			.stream()
			.map((row) -> row.getDomAttribute("data-code"))
			.toList();
		assertThat(shownOrder).isEqualTo(expectedOrder);
		assertThat(this.browser.findElements(By.cssSelector("#trend polyline"))).hasSize(3);
		assertThat(this.browser.findElement(By.id("dueSummary")).getText()).isNotBlank();

		Path screenshot = Path.of("target/dashboard.png");
		Files.write(screenshot, this.browser.getScreenshotAs(OutputType.BYTES));
		this.browser.findElement(By.id("language")).click();
		wait.until((b) -> b.findElement(By.tagName("h1")).getText().startsWith("Severe mental disorders"));
		assertThat(this.browser.findElement(By.cssSelector("#indicators tr[data-code=standardManagement] .label"))
			.getText()).isEqualTo("Standard management rate");
	}

}
