package org.xiandao.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xiandao.store.testing.RequiredTools;

/**
 * Headless Debian Chromium driven by Selenium. Finds the browser through {@code XIANDAO_CHROMIUM}
 * and {@code XIANDAO_CHROMEDRIVER} (defaults /usr/bin/chromium and /usr/bin/chromedriver).
 */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start(Path profile) {
        String chromium = env("XIANDAO_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = env("XIANDAO_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            RequiredTools.missing("Chromium not found at " + chromium + " / " + chromedriver
                    + ": install Debian's chromium and chromium-driver, or set XIANDAO_CHROMIUM and XIANDAO_CHROMEDRIVER");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // Flags this closed network needs: no background calls home, no QUIC, a fresh profile.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--window-size=1400,1100", "--user-data-dir=" + profile.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                // Chromium writes into $HOME even with --user-data-dir; keep that out of the real home.
                .withEnvironment(Map.of("HOME", profile.toString(), "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Waits until the page has drawn {@code charts} ECharts charts. */
    void awaitCharts(int charts) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> String.valueOf(charts).equals(
                driver.executeScript("return document.body.dataset.chartsReady || '0'")));
    }

    Object script(String js) {
        return driver.executeScript(js);
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
