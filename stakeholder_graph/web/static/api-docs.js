// Starts Swagger UI on /api/docs from the vendored bundle (no inline script, no CDN).
window.addEventListener("load", function () {
  window.SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
