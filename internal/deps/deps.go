package deps

import (
	_ "github.com/alicebob/miniredis/v2"
	_ "github.com/kelseyhightower/envconfig"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/sashabaranov/go-openai"
	_ "github.com/slack-go/slack/socketmode"
	_ "github.com/xuri/excelize/v2"
	_ "go.yaml.in/yaml/v3"
	_ "github.com/gorilla/websocket"
)
