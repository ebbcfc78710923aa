package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/**
 * Every process model as a designer or an auditor sees it: rendered by the bpmn-js viewer the product ships (on the
 * auditor page), in headless Chromium, one PNG per process and per collapsed sub-process under
 * target/models/ for review, and no label lying on a shape or on another label.
 */
@Tag("browser")
class ModelRenderingBrowserTest extends IntegrationTest {

  static final Path PNG = Path.of("target", "models");

  /** Renders the model and lists, per level, the labels that lie on a shape or on another label. */
  private static final String RENDER = """
      var xml = arguments[0], done = arguments[arguments.length - 1];
      function go() {
        var old = document.getElementById('cc-render'); if (old) { old.remove(); }
        var div = document.createElement('div'); div.id = 'cc-render';
        div.style.cssText = 'position:absolute;left:0;top:0;width:1600px;height:900px;background:#fff';
        document.body.appendChild(div);
        var viewer = new BpmnJS({ container: div });
        viewer.importXML(xml).then(function () {
          var canvas = viewer.get('canvas'), registry = viewer.get('elementRegistry');
          var problems = [];
          var roots = canvas.getRootElements();
          function box(e) { return { x: e.x, y: e.y, w: e.width, h: e.height }; }
          function hit(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
          function related(a, b) {
            var ta = a.labelTarget || a, tb = b.labelTarget || b;
            if (ta === tb || ta.host === tb || tb.host === ta) { return true; }
            for (var p = ta.parent; p; p = p.parent) { if (p === tb) { return true; } }
            for (var q = tb.parent; q; q = q.parent) { if (q === ta) { return true; } }
            return false;
          }
          roots.forEach(function (root) {
            var items = registry.filter(function (e) {
              return canvas.findRoot(e) === root && e !== root && !e.waypoints && e.width > 0;
            });
            var labels = items.filter(function (e) { return e.type === 'label'; });
            labels.forEach(function (label) {
              items.forEach(function (other) {
                if (other === label || related(label, other)) { return; }
                if (other.type === 'label' && other.id < label.id) { return; }
                if (hit(box(label), box(other))) {
                  problems.push(root.id + ': ' + label.id + ' lies on ' + other.id);
                }
              });
            });
          });
          window.ccViewer = viewer;
          done({ planes: roots.map(function (r) { return r.id; }), problems: problems });
        }).catch(function (e) { done({ error: String(e) }); });
      }
      var tries = 0;
      (function wait() {
        if (window.BpmnJS) { go(); } else if (++tries > 100) { done({ error: 'the viewer did not load' }); }
        else { setTimeout(wait, 100); }
      })();
      """;

  @Test
  @SuppressWarnings("unchecked")
  void everyModelRendersWithTheProductsViewerAndNoLabelLiesOnAShapeOrLabel() throws IOException {
    List<String> problems = new ArrayList<>();
    Files.createDirectories(PNG);
    try (Browser browser = Browser.start(port); Stream<Path> models = Files.list(ModelCheckTest.MODELS)) {
      // the auditor's page, which loads the viewer
      browser.logIn("auditor", "demo");
      browser.open("/audit/");
      JavascriptExecutor js = browser.driver();
      browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RENDER, Files.readString(model));
        assertThat(result.get("error")).as(model + " renders").isNull();
        problems.addAll((List<String>) result.get("problems"));
        String name = model.getFileName().toString().replace(".bpmn", "");
        for (String plane : (List<String>) result.get("planes")) {
          js.executeScript("var c = ccViewer.get('canvas');"
              + " c.setRootElement(ccViewer.get('elementRegistry').get(arguments[0])); c.zoom('fit-viewport');", plane);
          Path shot = browser.driver().findElement(By.id("cc-render")).getScreenshotAs(OutputType.FILE).toPath();
          Files.copy(shot, PNG.resolve(name + "--" + plane + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    assertThat(problems).as("labels lying on shapes or labels").isEmpty();
  }
}
