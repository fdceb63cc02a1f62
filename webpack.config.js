// Bundles the task pane (Word add-in and browser page): src/taskpane/index.tsx → dist/taskpane.js + dist/taskpane.html,
// copies assets/*.png and manifest.xml into dist/. `webpack serve` adds an https dev server on port 3000.
// Modelled on Microsoft's React task-pane template (OfficeDev/Office-Addin-TaskPane-React).
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;

/**
 * The dev server's https settings. Word only loads add-ins over https from a trusted certificate, so we use
 * office-addin-dev-certs (it creates a local CA, trusts it, and issues a localhost certificate). When that is not
 * possible (no sudo on Linux, no keychain access, KETLUAN_DEV_CERTS=off), fall back to the self-signed certificate
 * webpack-dev-server generates: the browser page and `curl -k` work, Word will refuse it until a trusted one is used.
 */
async function httpsServer() {
  if (/^(0|off|false|no)$/i.test(process.env.KETLUAN_DEV_CERTS || "")) {
    console.warn(
      "[ketluan] KETLUAN_DEV_CERTS=off: dùng chứng chỉ tự ký của webpack / using webpack's self-signed cert.",
    );
    return { type: "https" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (err) {
    const reason = String((err && err.message) || err)
      .split("\n")
      .find((line) => line.trim() !== "");
    console.warn(
      [
        "[ketluan] Cảnh báo: không cài được chứng chỉ phát triển (office-addin-dev-certs).",
        "[ketluan] Warning: could not install the Office add-in dev certificate: " + reason,
        "[ketluan] Dùng chứng chỉ tự ký của webpack: trang trình duyệt vẫn chạy (chấp nhận cảnh báo bảo mật),",
        "[ketluan] nhưng Word sẽ không nạp phần bổ trợ cho tới khi chứng chỉ được tin cậy. Xem docs/sideloading.md.",
        "[ketluan] Falling back to webpack's self-signed certificate; Word needs a trusted one (see docs/sideloading.md).",
      ].join("\n"),
    );
    return { type: "https" };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";

  /** @type {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // lazily loaded chunks (the templates module) and the .docx templates, next to the bundle: no CDN
      chunkFilename: "[name].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // TypeScript sources may import siblings with a ".js" suffix (NodeNext style); resolve them to the .ts file.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // docx-templates' own browser build (ESM, Buffer and sandbox shims included); its Node entry needs Node
      // built-ins. Only the lazily loaded "templates" chunk contains it.
      // JSZip inside it probes for Node streams in a try/catch (`support.nodestream`): nothing to bundle there.
      alias: {
        "docx-templates$": path.resolve(__dirname, "node_modules/docx-templates/lib/browser.js"),
        "readable-stream": false,
      },
      // The browser build's guarded Node paths (stream output, the Node stream adapter) are never taken in a page.
      fallback: { stream: false },
    },
    ignoreWarnings: [{ module: /docx-templates[\\/]lib[\\/]browser\.js/, message: /NodejsStreamOutputAdapter/ }],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // type checking is `npm run typecheck`
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { module: "esnext", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // deferred bundle in <head>, after the office.js tag: office.js runs first, the bundle after parsing
        inject: "head",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          // the icons; assets/screenshot-*.png are for the README, not for the add-in
          { from: "assets/*.png", to: "assets/[name][ext]", globOptions: { ignore: ["**/screenshot-*"] } },
          // No production host yet: the manifest keeps its https://localhost:3000 URLs in every mode.
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
    // rebuilds (the e2e test's freshness check, `npm start`) reuse the previous build's work
    cache: { type: "filesystem", buildDependencies: { config: [__filename] } },
    stats: dev ? "minimal" : "normal",
  };

  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      port: DEV_SERVER_PORT,
      server: await httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false, // everything served is emitted by webpack (bundle, taskpane.html, copied assets and manifest)
      hot: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  return config;
};
